#include "DraftFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace herald::compose {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::compose::DraftFile)
};

constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

} // namespace

Result<QJsonObject> DraftFile::readObject(const QString &path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage,
                           Text::tr("Herald could not open %1: %2").arg(shown, file.errorString()));
    if (file.size() > MaxFileBytes)
        return Error::make(Error::Kind::Input,
                           Text::tr("%1 is too large to be a draft or template.").arg(shown));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Input, Text::tr("%1 is not valid JSON (%2 at character %3).")
                                                   .arg(shown, parseError.errorString())
                                                   .arg(parseError.offset));
    if (!doc.isObject())
        return Error::make(Error::Kind::Input, Text::tr("%1 does not hold a JSON object.").arg(shown));
    return doc.object();
}

Status DraftFile::writeObject(const QString &path, const QJsonObject &object)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(Error::Kind::Storage,
                           Text::tr("Herald could not create the folder for %1.").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage,
                           Text::tr("Herald could not write %1: %2").arg(shown, file.errorString()));
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::make(Error::Kind::Storage,
                           Text::tr("Herald could not save %1: %2").arg(shown, file.errorString()));
    return Status::success();
}

Result<Draft> DraftFile::load(const QString &path)
{
    auto object = readObject(path);
    if (!object)
        return object.error();
    return Draft::fromJson(*object);
}

Status DraftFile::save(const QString &path, const Draft &draft)
{
    return writeObject(path, draft.toJson());
}

} // namespace herald::compose
