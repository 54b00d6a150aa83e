#pragma once

#include <QList>
#include <QString>

namespace hvdesk {

// One finding of a validation rule or a check: what is wrong, where, and the fix.
struct Diagnostic
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Error;
    QString id;      // stable rule identifier, e.g. "adapter.vlan.range"
    QString field;   // the field the finding is about
    QString message; // translated
    QString fix;     // translated; empty when there is nothing to do

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

inline bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}

} // namespace hvdesk
