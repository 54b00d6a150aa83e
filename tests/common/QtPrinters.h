#pragma once

// Readable GoogleTest output for Qt and hvdesk types.
#include <models/Error.h>
#include <models/VmState.h>

#include <QString>

#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace hvdesk {
inline void PrintTo(const Error &e, std::ostream *os)
{
    *os << "Error{" << e.code.toStdString() << ", " << e.message.toStdString() << "}";
}
inline void PrintTo(VmState s, std::ostream *os)
{
    *os << VmStates::key(s).toStdString();
}
} // namespace hvdesk
