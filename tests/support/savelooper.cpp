// A helper of tst_safety, not a test: saves a plan to FILE again and again
// through writeFileAtomically, saying "saved N" on stdout after each save,
// until it is killed. The plan is the bundled sample grown to about a hundred
// kilobytes, so that a kill often lands in the middle of a write.

#include "support/Catalogs.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

using namespace edgeplan;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: savelooper FILE COPIES\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int copies = std::atoi(argv[2]);
    const Catalogs catalogs = Catalogs::builtIn();
    QStringList errors;
    auto topology = loadProjectFile(QStringLiteral(":/samples/federation-edge.edgeplan"),
                                    catalogs.registry(), &errors);
    if (!topology) {
        std::fprintf(stderr, "%s\n", qPrintable(errors.join('\n')));
        return 1;
    }
    Component copy = topology->components().begin()->second;
    for (int i = 0; i < copies; ++i) {
        copy.id = topology->nextComponentId();
        copy.name = topology->uniqueName(copy.name);
        topology->insertComponent(copy);
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (long round = 1;; ++round) {
        topology->setName("round " + std::to_string(round));
        QString error;
        if (!writeFileAtomically(path, saveProject(*topology), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("saved %ld\n", round);
        std::fflush(stdout);
    }
}
