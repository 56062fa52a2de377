#include "DirectoryTypes.h"

#include <QCoreApplication>

namespace herald::directory {

QString TeamSummary::displayName() const
{
    return name.isEmpty() ? QCoreApplication::translate("herald::directory", "Unnamed team (%1)").arg(id)
                          : name;
}

QString ChannelSummary::displayName() const
{
    return isGeneral || name.isEmpty() ? QCoreApplication::translate("herald::directory", "General") : name;
}

} // namespace herald::directory
