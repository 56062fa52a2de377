#pragma once

#include <QString>
#include <QStringList>

namespace herald::cli {

class CliContext;

// herald-cli import FILE | sync [--team ID] [--profile NAME] | teams | channels TEAM | members TEAM [--search
// TEXT]
bool isDirectoryCommand(const QString &command);
int runDirectoryCommand(const CliContext &context, const QString &command, QStringList args);

} // namespace herald::cli
