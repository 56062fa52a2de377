// herald-bench — speed checks, run on demand, each printing one JSON object.
//   herald-bench sandbox [--requests N] [--concurrency C] --json
//   herald-bench delivery …   (arrives with campaigns)
//   herald-bench roster …     (arrives with the directory)
#include "SandboxBench.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("herald-bench"));
    const QStringList args = QCoreApplication::arguments();
    const QString which = args.value(1);
    if (which == QStringLiteral("sandbox"))
        return herald::bench::runSandboxBench(args.mid(1));
    std::fprintf(stderr,
                 "usage: herald-bench sandbox [--requests N] [--concurrency C] [--json]\n"
                 "The delivery and roster benchmarks arrive with campaigns and the directory.\n");
    return 2;
}
