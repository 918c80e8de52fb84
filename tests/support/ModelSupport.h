#pragma once

// Helpers the model tests share with the others: the built-in catalogs and
// the bundled samples, with the model and QtCore alone. Where they are read
// from is the test's library: edgeplan_modeltest reads the source tree's
// resources/ (model tests link no views), edgeplan_viewtest the program's
// own Qt resources (TestSupport.h).

#include "catalog/CatalogReader.h"
#include "io/ProjectFile.h"

#include <QFile>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>

namespace edgeplan::test {

// The bytes of a file (or of a Qt resource).
inline std::string fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    const QByteArray data = file.readAll();
    return std::string(data.constData(), size_t(data.size()));
}

// A JSON file of the test data, parsed (fails the test run when unreadable).
inline nlohmann::json readJson(const std::string& path)
{
    return nlohmann::json::parse(fileBytes(QString::fromStdString(path)));
}

// A file of the program's resources by its resource path
// (":/samples/federation-edge.edgeplan").
std::string resourceBytes(const QString& path);

inline std::string catalogBytes()
{
    return resourceBytes(QStringLiteral(":/catalogs/lync2013-federation.json"));
}

inline std::string sampleBytes()
{
    return resourceBytes(QStringLiteral(":/samples/federation-edge.edgeplan"));
}

// The built-in catalog with a change applied to its JSON, loaded.
inline CatalogLoadResult loadMutatedCatalog(const std::function<void(nlohmann::json&)>& mutate)
{
    nlohmann::json doc = nlohmann::json::parse(catalogBytes());
    mutate(doc);
    return loadCatalog(doc.dump());
}

// The first diagnostic with the code, or null.
inline const Diagnostic* findDiagnostic(const Diagnostics& diagnostics, const std::string& code)
{
    for (const Diagnostic& d : diagnostics)
        if (d.code == code)
            return &d;
    return nullptr;
}

// Every built-in catalog.
const CatalogRegistry& registry();

// A sample bundled with the program, by file name ("consolidated-edge-nat.edgeplan").
inline std::unique_ptr<Topology> loadBundledSample(const char* name)
{
    auto result = loadProject(resourceBytes(QStringLiteral(":/samples/") + QLatin1String(name)), registry());
    if (!result.topology)
        qFatal("%s does not load: %s", name, joinDiagnostics(result.diagnostics, "").c_str());
    return std::move(result.topology);
}

// Whether the text has kana or kanji.
inline bool hasJapanese(const QString& text)
{
    for (QChar c : text)
        if ((c.unicode() >= 0x3040 && c.unicode() <= 0x30FF) || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF))
            return true;
    return false;
}

inline std::unique_ptr<Topology> loadSample()
{
    auto result = loadProject(sampleBytes(), registry());
    if (!result.topology)
        qFatal("sample does not load: %s", joinDiagnostics(result.diagnostics, "").c_str());
    return std::move(result.topology);
}

inline ComponentId componentNamed(const Topology& topology, const std::string& name)
{
    for (const auto& [id, component] : topology.components())
        if (component.name == name)
            return id;
    return {};
}

} // namespace edgeplan::test
