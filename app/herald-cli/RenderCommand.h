#pragma once

#include <QStringList>

namespace herald::cli {

class CliContext;

// herald-cli render --draft FILE [--recipient ID | --recipient-json JSON]
// Prints the activity JSON the draft makes for that recipient — exactly what `send` would post.
int runRenderCommand(const CliContext &context, QStringList args);

} // namespace herald::cli
