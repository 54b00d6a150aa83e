#include "Error.h"

namespace hvdesk {

QString Error::text() const
{
    if (fix.isEmpty())
        return message;
    return message + QLatin1Char(' ') + fix;
}

} // namespace hvdesk
