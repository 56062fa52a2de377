#pragma once

#include <QElapsedTimer>

namespace herald::ui {

class AppController;

// `herald --startup-report` (hidden; for `herald-bench roster`): when the directory's roster first paints
// rows in the shown main window, prints "herald startup: N people shown after M ms" (M from the start of
// main()) on stderr and quits; exit status 1 if that has not happened within timeoutMs.
void reportStartup(AppController &controller, QElapsedTimer sinceMain, int timeoutMs = 60000);

} // namespace herald::ui
