// herald-bench — speed checks, run on demand, each printing one JSON object.
//   herald-bench sandbox [--requests N] [--concurrency C] --json
//   herald-bench delivery --recipients N --limits teams|off [--global-rps R] [--first-contact] [--embedded]
//   --json herald-bench roster [--members N] [--teams T] [--startup] --json
#include "DeliveryBench.h"
#include "RosterBench.h"
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
    if (which == QStringLiteral("roster"))
        return herald::bench::runRosterBench(args.mid(1));
    if (which == QStringLiteral("delivery"))
        return herald::bench::runDeliveryBench(args.mid(1));
    std::fprintf(
        stderr, "usage: herald-bench sandbox [--requests N] [--concurrency C] [--json]\n"
                "       herald-bench roster [--members N] [--teams T] [--seed S] [--startup] [--json]\n"
                "       herald-bench delivery --recipients N --limits teams|off [--global-rps R]\n"
                "                             [--first-contact] [--embedded] [--max-in-flight N] [--json]\n");
    return 2;
}
