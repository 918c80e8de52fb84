#include "diagram/NameEditorItem.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace edgeplan {

NameEditorItem::NameEditorItem(const QString& text, const QFont& font)
{
    setPlainText(text);
    setFont(font);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setZValue(10);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void NameEditorItem::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish(true);
        event->accept();
        return;
    case Qt::Key_Escape:
        finish(false);
        event->accept();
        return;
    default:
        QGraphicsTextItem::keyPressEvent(event);
    }
}

void NameEditorItem::focusOutEvent(QFocusEvent* event)
{
    QGraphicsTextItem::focusOutEvent(event);
    finish(true);
}

void NameEditorItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
                           QWidget* widget)
{
    painter->setPen(QPen(QColor(0x1F, 0x6F, 0xD1), 1.2));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    QGraphicsTextItem::paint(painter, option, widget);
}

void NameEditorItem::finish(bool commit)
{
    if (m_finished)
        return;
    m_finished = true;
    if (commit)
        Q_EMIT committed(toPlainText().simplified());
    else
        Q_EMIT cancelled();
}

} // namespace edgeplan
