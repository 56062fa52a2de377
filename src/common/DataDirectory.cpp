#include "DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace herald {

DataDirectory::DataDirectory(QString path)
    : m_path(std::move(path))
{
}

Result<DataDirectory> DataDirectory::open(const QString &explicitDir)
{
    QString dir = explicitDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("HERALD_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("herald::common",
                                                       "Herald could not find a folder for its data. "
                                                       "Pass one with --data-dir or set HERALD_DATA_DIR."));
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    if (!QDir().mkpath(absolute))
        return Error::make(
            Error::Kind::Storage,
            QCoreApplication::translate("herald::common",
                                        "Herald could not create its data folder %1. "
                                        "Check that the disk is not full and that you may write there.")
                .arg(QDir::toNativeSeparators(absolute)));
    if (!QFileInfo(absolute).isWritable())
        return Error::make(
            Error::Kind::Storage,
            QCoreApplication::translate("herald::common", "Herald may not write to its data folder %1.")
                .arg(QDir::toNativeSeparators(absolute)));
    return DataDirectory(absolute);
}

QString DataDirectory::settingsPath() const
{
    return QDir(m_path).filePath(QStringLiteral("herald.ini"));
}

QString DataDirectory::databasePath() const
{
    return QDir(m_path).filePath(QStringLiteral("herald.sqlite"));
}

} // namespace herald
