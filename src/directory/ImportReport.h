#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace herald::directory {

// A line the importer rejected, and why (one sentence).
struct ImportIssue
{
    qint64 line = 0; // 1-based
    QString reason;
};

// What an import did. Good lines are kept even when others were rejected.
struct ImportReport
{
    QString format;        // "jsonl" or "csv"
    qint64 lines = 0;      // records read (blank lines not counted)
    qint64 imported = 0;   // records applied
    qint64 rejected = 0;   // records refused (see issues)
    qint64 people = 0;     // person records applied (a person may appear more than once)
    qint64 teams = 0;      // team records applied (JSON lines: per team event; CSV: each team named, once)
    qint64 installs = 0;   // personal installs seen
    qint64 uninstalls = 0; // personal uninstalls seen
    bool cancelled = false;
    QList<ImportIssue> issues; // the first MaxIssues; rejected counts them all
    double seconds = 0;

    static constexpr int MaxIssues = 1000;
    bool complete() const { return rejected == 0 && !cancelled; }
    QJsonObject toJson() const;
};

} // namespace herald::directory
