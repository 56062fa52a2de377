#pragma once

#include <QStringList>

namespace herald::cli {

class CliContext;

// herald-cli send --profile NAME (--draft FILE | --kind K --title T --body B …)
//                 (--to-users FILE | --to-team ID | --to-channel ID)… [--resend…] [--json]
// Resolves the audience from the directory, writes the campaign, then sends it (CampaignCommandDriver).
int runSendCommand(const CliContext &context, QStringList args);

} // namespace herald::cli
