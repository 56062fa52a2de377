#pragma once

#include "Draft.h"

#include "common/Result.h"

namespace herald::compose {

// Reads and writes draft files (docs/draft-format.md). Writes are atomic: a crash leaves the old file.
class DraftFile final
{
public:
    static Result<Draft> load(const QString &path);
    static Status save(const QString &path, const Draft &draft);

    // Reads a JSON object from a file, with the sentences Herald shows when it cannot.
    static Result<QJsonObject> readObject(const QString &path);
    static Status writeObject(const QString &path, const QJsonObject &object);
};

} // namespace herald::compose
