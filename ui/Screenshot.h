#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace herald::ui {

class AppController;

// `herald --sandbox --screenshot directory|composer|send|campaign FILE` (hidden; for the README). Once the
// session is signed in and the sandbox's organisation is imported and synced, sets the scene, grabs the
// main window (1400×900) into FILE and quits — exit status 1 when the scene did not come together in time
// or the picture could not be saved:
//   directory  the directory with a few people selected and added to the audience;
//   composer   the built-in welcome message ({givenName} for a sample recipient) with its live preview;
//   send       the Send… confirmation for every team: recipients, who is left out and why, the estimate, the
//              preview (the dialog alone);
//   campaign   a campaign to every team (a few thousand people) really sending to the sandbox at Teams' rate
//              limits, caught mid-way: progress, the live chart with history, time left, the report.
enum class Screenshot { Directory, Composer, Send, Campaign };

std::optional<Screenshot> screenshotFromName(const QString &name);
QStringList screenshotNames();
// The sandbox's size for the scene (0: its default): the campaign needs a few thousand people.
int screenshotSandboxMembers(Screenshot what);

void takeScreenshot(AppController &controller, Screenshot what, const QString &path, int timeoutMs = 300000);

} // namespace herald::ui
