#pragma once

#include <QString>

namespace herald::ui {

class AppController;

// `herald --screenshot FILE` (hidden; for the README): once the directory has loaded and the session is
// signed in, selects a few people, grabs the main window into FILE and quits (exit status 1 when the
// picture could not be saved or the directory never loaded).
void takeDirectoryScreenshot(AppController &controller, const QString &path, int timeoutMs = 30000);

} // namespace herald::ui
