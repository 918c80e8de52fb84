// The two functions every XML and HTML writer uses: text cleaned of what XML
// 1.0 forbids, and text escaped for character data and attribute values.

#include "text/XmlText.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace edgeplan;

namespace {

const std::string kFffd = "\xEF\xBF\xBD";

std::string bytes(const char* text, size_t size)
{
    return std::string(text, size);
}

} // namespace

class TestXmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleansWhatXmlForbids_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        const auto row = [](const char* name, const std::string& in, const std::string& out) {
            QTest::newRow(name) << QByteArray::fromStdString(in) << QByteArray::fromStdString(out);
        };
        row("plain", "Plan A", "Plan A");
        row("japanese", "計画 エッジ", "計画 エッジ");
        row("supplementary", "\xF0\x9F\x94\xA5", "\xF0\x9F\x94\xA5");
        row("tab lf cr", "a\tb\nc\rd", "a\tb\nc\rd");
        row("nul", bytes("a\0b", 3), "a" + kFffd + "b");
        row("c0 controls", "\x01\x08\x0B\x0C\x1B\x1F", kFffd + kFffd + kFffd + kFffd + kFffd + kFffd);
        row("del and c1 are allowed", "\x7F\xC2\x85\xC2\x9F", "\x7F\xC2\x85\xC2\x9F");
        row("U+FFFE", "a\xEF\xBF\xBE", "a" + kFffd);
        row("U+FFFF", "\xEF\xBF\xBFz", kFffd + "z");
        row("U+FFFD stays", kFffd, kFffd);
        row("U+D7FF and U+E000", "\xED\x9F\xBF\xEE\x80\x80", "\xED\x9F\xBF\xEE\x80\x80");
        row("lone high surrogate", "a\xED\xA0\x80z", "a" + kFffd + kFffd + kFffd + "z");
        row("lone low surrogate", "\xED\xBF\xBF", kFffd + kFffd + kFffd);
        row("stray continuation", "\x80x", kFffd + "x");
        row("cut sequence at the end", "x\xE3\x81", "x" + kFffd + kFffd);
        row("overlong slash", "\xC0\xAF", kFffd + kFffd);
        row("past U+10FFFF", "\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd);
        row("0xFF byte", "\xFF", kFffd);
        row("markup untouched", "<a href=\"x\">&amp;</a>", "<a href=\"x\">&amp;</a>");
    }

    void cleansWhatXmlForbids()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(QByteArray::fromStdString(xmlCleanText(input.toStdString())), expected);
    }

    void escapedTextReadsBackInEveryPlace_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("readBack");
        const auto row = [](const char* name, const std::string& in, const QString& out) {
            QTest::newRow(name) << QByteArray::fromStdString(in) << out;
        };
        row("title break-out", "Plan</title><script>alert(1)</script><title>",
            QStringLiteral("Plan</title><script>alert(1)</script><title>"));
        row("cdata end", "a]]>b", QStringLiteral("a]]>b"));
        row("quotes and entities", "\"'&<>&amp;", QStringLiteral("\"'&<>&amp;"));
        row("line breaks kept in attributes", "a\nb\tc\rd", QStringLiteral("a\nb\tc\rd"));
        row("U+FFFE", "x\xEF\xBF\xBEy", QStringLiteral("x\uFFFDy"));
        row("U+FFFF", "x\xEF\xBF\xBFy", QStringLiteral("x\uFFFDy"));
        row("control", "x\x01\x1Fy", QStringLiteral("x\uFFFD\uFFFDy"));
        row("lone surrogate", "x\xED\xB0\x80y", QStringLiteral("x\uFFFD\uFFFD\uFFFDy"));
        row("japanese", "内部ファイアウォール", QStringLiteral("内部ファイアウォール"));
    }

    // Escaped once, the text reads back exactly (cleaned) as element text
    // and as an attribute value in either quote, and opens no element.
    void escapedTextReadsBackInEveryPlace()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, readBack);
        const std::string escaped = xmlEscape(input.toStdString());
        const std::string document = "<r><t>" + escaped + "</t><a v=\"" + escaped + "\" w='" + escaped +
                                     "'/><![CDATA[" + "]]></r>";
        QXmlStreamReader xml(QByteArray::fromStdString(document));
        QString text;
        QStringList values;
        QStringList elements;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                elements << xml.name().toString();
                for (const QXmlStreamAttribute& attribute : xml.attributes())
                    values << attribute.value().toString();
            }
            if (xml.isCharacters() && !xml.isCDATA())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QLatin1Char(' ') + QString::fromStdString(document)));
        QCOMPARE(elements, QStringList({QStringLiteral("r"), QStringLiteral("t"), QStringLiteral("a")}));
        QCOMPARE(text, readBack);
        QCOMPARE(values, QStringList({readBack, readBack}));
    }
};

QTEST_GUILESS_MAIN(TestXmlText)
#include "tst_xmltext.moc"
