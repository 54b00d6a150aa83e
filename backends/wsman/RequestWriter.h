#pragma once

#include <wsman/Message.h>

#include <QByteArray>

namespace hvdesk::wsman {

// Writes a request envelope as WinRM clients do (compact, UTF-8). A request without a MessageID
// gets "uuid:<random>"; the one used is returned in `messageId` when asked.
class RequestWriter
{
public:
    static QByteArray write(const Request &request, QString *messageId = nullptr);
    // xs:duration as WinRM writes it: "PT60S", "PT1.500S".
    static QString formatDuration(int milliseconds);
    static QString newMessageId();
};

} // namespace hvdesk::wsman
