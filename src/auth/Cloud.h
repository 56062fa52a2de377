#pragma once

#include <QString>

#include <optional>

namespace herald::auth {

// Where a bot lives. Each cloud has its own login host, token scope and service hosts (CloudPreset).
enum class Cloud { Public, Gcc, GccHigh, DoD, Sandbox };

// Stable key used in settings files and on command lines: public, gcc, gcc-high, dod, sandbox.
QString cloudKey(Cloud cloud);
std::optional<Cloud> cloudFromKey(const QString &key);
// Name shown to people: "Public", "GCC", "GCC High", "DoD", "Sandbox".
QString cloudDisplayName(Cloud cloud);

} // namespace herald::auth
