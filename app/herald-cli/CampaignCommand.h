#pragma once

#include <QStringList>

namespace herald::cli {

class CliContext;

// herald-cli campaigns | report ID [--csv] | resume ID [--resend-uncertain] | cancel ID | pause ID
// (cancel and pause also stop a campaign another process is sending: they ask it through the database)
int runCampaignsCommand(const CliContext &context, QStringList args);
int runReportCommand(const CliContext &context, QStringList args);
int runResumeCommand(const CliContext &context, QStringList args);
int runCancelCommand(const CliContext &context, QStringList args);
int runPauseCommand(const CliContext &context, QStringList args);

} // namespace herald::cli
