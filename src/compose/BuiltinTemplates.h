#pragma once

#include "Draft.h"

namespace herald::compose {

// A draft kept under a name, to start new messages from.
struct Template
{
    QString name;
    Draft draft;
    bool builtIn = false;
};

// The templates Herald ships: a welcome message, a notification and an expert card that each meet all of
// Teams' points, so that starting from one is starting from a good message.
class BuiltinTemplates final
{
public:
    static QList<Template> all();
    static Draft welcome();
    static Draft notification();
    static Draft card();
};

} // namespace herald::compose
