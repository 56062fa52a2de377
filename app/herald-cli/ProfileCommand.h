#pragma once

#include <QStringList>

namespace herald::cli {

class CliContext;

// herald-cli profile add|list|remove|test …
int runProfileCommand(const CliContext &context, QStringList args);

} // namespace herald::cli
