#include "TemplateStore.h"

#include "DraftFile.h"

#include "common/Logging.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace herald::compose {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::compose::TemplateStore)
};

constexpr qsizetype MaxNameLength = 80;

} // namespace

TemplateStore::TemplateStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString TemplateStore::directoryIn(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("templates"));
}

QString TemplateStore::pathFor(const QString &name) const
{
    // Percent-encoding keeps any name a valid, reversible file name on every platform.
    const QByteArray encoded = QUrl::toPercentEncoding(name.trimmed(), " ()-_.,'");
    return QDir(m_directory).filePath(QString::fromLatin1(encoded) + QStringLiteral(".json"));
}

QJsonObject TemplateStore::toJson(const QString &name, const Draft &draft)
{
    QJsonObject json = draft.toJson();
    json.insert(QStringLiteral("name"), name.trimmed());
    return json;
}

QList<Template> TemplateStore::list() const
{
    QList<Template> user;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString path = dir.filePath(file);
        const auto json = DraftFile::readObject(path);
        const auto draft = json ? Draft::fromJson(*json) : Result<Draft>(json.error());
        if (!draft) {
            qCWarning(lcCompose) << "skipping template" << path << draft.error().message;
            continue;
        }
        QString name = json->value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            name = QUrl::fromPercentEncoding(QFileInfo(file).completeBaseName().toLatin1());
        user.append({name, *draft, false});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(user.begin(), user.end(),
              [&](const Template &a, const Template &b) { return collator.compare(a.name, b.name) < 0; });
    return BuiltinTemplates::all() + user;
}

Result<Template> TemplateStore::get(const QString &name) const
{
    const QList<Template> all = list();
    for (const Template &t : all) {
        if (t.name == name.trimmed())
            return t;
    }
    return Error::make(Error::Kind::Input, Text::tr("There is no template named \"%1\".").arg(name));
}

bool TemplateStore::contains(const QString &name) const
{
    return get(name).ok();
}

Status TemplateStore::checkName(const QString &name) const
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Error::make(Error::Kind::Input, Text::tr("Give the template a name."));
    if (n.size() > MaxNameLength)
        return Error::make(Error::Kind::Input,
                           Text::tr("Template names have at most %1 characters.").arg(MaxNameLength));
    const QList<Template> builtIns = BuiltinTemplates::all();
    for (const Template &t : builtIns) {
        if (t.name.compare(n, Qt::CaseInsensitive) == 0)
            return Error::make(
                Error::Kind::Input,
                Text::tr("\"%1\" is the name of a built-in template; choose another name.").arg(n));
    }
    return Status::success();
}

Status TemplateStore::save(const QString &name, const Draft &draft)
{
    if (Status s = checkName(name); !s)
        return s;
    return DraftFile::writeObject(pathFor(name), toJson(name, draft));
}

Status TemplateStore::rename(const QString &from, const QString &to)
{
    const auto existing = get(from);
    if (!existing)
        return existing.error();
    if (existing->builtIn)
        return Error::make(Error::Kind::Input,
                           Text::tr("Built-in templates cannot be renamed; save a copy instead."));
    if (from.trimmed() == to.trimmed())
        return Status::success();
    if (Status s = checkName(to); !s)
        return s;
    if (contains(to) && from.trimmed().compare(to.trimmed(), Qt::CaseInsensitive) != 0)
        return Error::make(Error::Kind::Input,
                           Text::tr("There is already a template named \"%1\".").arg(to.trimmed()));
    const QString oldPath = pathFor(from);
    if (Status s = DraftFile::writeObject(pathFor(to), toJson(to, existing->draft)); !s)
        return s;
    if (pathFor(to) != oldPath && QFile::exists(oldPath) && !QFile::remove(oldPath))
        return Error::make(
            Error::Kind::Storage,
            Text::tr("Herald could not remove the old file %1.").arg(QDir::toNativeSeparators(oldPath)));
    return Status::success();
}

Status TemplateStore::remove(const QString &name)
{
    const auto existing = get(name);
    if (!existing)
        return existing.error();
    if (existing->builtIn)
        return Error::make(Error::Kind::Input, Text::tr("Built-in templates cannot be deleted."));
    const QString path = pathFor(name);
    if (!QFile::remove(path))
        return Error::make(Error::Kind::Storage,
                           Text::tr("Herald could not delete %1.").arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

Result<QString> TemplateStore::importFile(const QString &path)
{
    const auto json = DraftFile::readObject(path);
    if (!json)
        return json.error();
    const auto draft = Draft::fromJson(*json);
    if (!draft)
        return draft.error();
    QString base = json->value(QStringLiteral("name")).toString().trimmed();
    if (base.isEmpty())
        base = QFileInfo(path).completeBaseName();
    base = base.left(MaxNameLength - 5);
    QString name = base;
    for (int n = 2; contains(name) || !checkName(name).ok(); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    if (Status s = save(name, *draft); !s)
        return s.error();
    return name;
}

Status TemplateStore::exportTo(const QString &name, const QString &path) const
{
    const auto existing = get(name);
    if (!existing)
        return existing.error();
    return DraftFile::writeObject(path, toJson(existing->name, existing->draft));
}

} // namespace herald::compose
