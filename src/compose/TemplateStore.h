#pragma once

#include "BuiltinTemplates.h"

#include "common/Result.h"

namespace herald::compose {

// The built-in templates and the person's own, kept as JSON files (a draft plus its "name") in a folder —
// the data directory's "templates". Import and export move such files between people.
class TemplateStore final
{
public:
    explicit TemplateStore(QString directory);
    static QString directoryIn(const QString &dataDirectory); // DATA/templates

    QString directory() const { return m_directory; }

    // Built-in templates first, then the person's own by name. Unreadable files are skipped.
    QList<Template> list() const;
    Result<Template> get(const QString &name) const;
    bool contains(const QString &name) const;

    // Creates or replaces a user template.
    Status save(const QString &name, const Draft &draft);
    Status rename(const QString &from, const QString &to);
    Status remove(const QString &name);
    // Adds the template in a file; a name already taken gets " (2)", " (3)" …. Returns the name used.
    Result<QString> importFile(const QString &path);
    Status exportTo(const QString &name, const QString &path) const;

private:
    QString pathFor(const QString &name) const;
    Status checkName(const QString &name) const;
    static QJsonObject toJson(const QString &name, const Draft &draft);

    QString m_directory;
};

} // namespace herald::compose
