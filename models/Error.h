#pragma once

#include <QMetaType>
#include <QString>

namespace hvdesk {

// An operation's failure as a value: a stable code, a human message, the field at fault
// (where one is) and what the user can do about it. Never a silent false.
struct Error
{
    QString code;    // stable identifier, e.g. "vm.transition" or a WMI/Win32 number
    QString message; // translated, complete sentence
    QString field;   // name of the field at fault, empty when none
    QString fix;     // what to do, translated; empty when nothing can be done

    bool isNull() const { return code.isEmpty() && message.isEmpty(); }
    // Message and fix as one text, for a status line or a tooltip.
    QString text() const;

    bool operator==(const Error &) const = default;
};

} // namespace hvdesk

Q_DECLARE_METATYPE(hvdesk::Error)
