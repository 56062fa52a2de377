#pragma once

#include "store/Migration.h"

#include <QList>

namespace herald::store {

// Every schema step Herald knows, oldest first. Later features append steps (never edit a shipped one):
// a database opened by a newer Herald is refused rather than damaged.
class Schema final
{
public:
    static const QList<Migration> &migrations();
    static int latestVersion();
};

} // namespace herald::store
