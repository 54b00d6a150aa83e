#pragma once

#include <wsman/CimInstance.h>

#include <models/Error.h>

#include <QCoreApplication>
#include <QString>

namespace hvdesk::wsman {

// A SOAP fault as Windows WinRM sends it: s:Code/s:Value (Sender or Receiver), s:Subcode/s:Value
// (w:InvalidSelectors, wsa:ActionNotSupported, ...), s:Reason/s:Text and s:Detail/f:WSManFault
// (Code, Machine, f:Message). When the WMI provider failed, f:Message holds an f:ProviderFault
// with an MSFT_WmiError whose fields are kept here.
struct Fault
{
    Q_DECLARE_TR_FUNCTIONS(Fault)

public:
    // The subcodes this project writes (server) and explains (client).
    enum class Kind {
        Other,
        AccessDenied, // w:AccessDenied
        ActionNotSupported, // wsa:ActionNotSupported
        DestinationUnreachable, // wsa:DestinationUnreachable (unknown resource URI or class)
        EncodingLimit, // w:EncodingLimit (envelope or item larger than allowed)
        InternalError, // w:InternalError
        InvalidEnumerationContext, // wsen:InvalidEnumerationContext
        InvalidParameter, // w:InvalidParameter
        InvalidSelectors, // w:InvalidSelectors
        QuotaLimit, // w:QuotaLimit
        SchemaValidationError, // w:SchemaValidationError (malformed request)
        CannotProcessFilter, // wsen:CannotProcessFilter (bad WQL)
        Timeout, // w:TimedOut
    };

    bool receiver = false; // s:Receiver (the server's fault) instead of s:Sender
    QString subcode; // local name: "InvalidSelectors"
    QString subcodeNamespace; // its namespace, e.g. ns::Wsman
    QString reason; // s:Reason/s:Text
    QString lang = QStringLiteral("en-US");
    QString wsmanCode; // f:WSManFault Code attribute (a Win32 or WinRM number)
    QString machine; // f:WSManFault Machine attribute
    QString message; // f:Message text (the provider's inner message when there is one)
    // MSFT_WmiError from f:ProviderFault, when the WMI provider reported the error.
    bool hasWmiError = false;
    QString wmiErrorCode; // error_Code
    QString wmiMessage; // Message
    QString wmiErrorType; // error_Type ("HRESULT", "Win32", ...)
    QString wmiWinErrorCode; // error_WinErrorCode (absent on older hosts)
    QString providerName; // f:ProviderFault provider attribute ("WMI Provider")

    bool isNull() const { return subcode.isEmpty() && reason.isEmpty(); }
    Kind kind() const;
    // "w:InvalidSelectors" with the prefix this project uses for the namespace.
    QString qualifiedSubcode() const;

    // An hvdesk::Error: code "wsman.fault.<Subcode>", or the WMI error code when the provider
    // reported one; the most specific message; a fix where the cause is known.
    Error toError() const;

    // A fault in the shape WinRM sends, for the server. `message` defaults to the reason.
    static Fault make(Kind kind, const QString &reason, const QString &message = {});
    // A WMI provider error (w:InternalError or the given kind) with an MSFT_WmiError detail.
    static Fault wmi(Kind kind, const QString &reason, const QString &wmiErrorCode, const QString &wmiMessage,
        const QString &winErrorCode = {});

    bool operator==(const Fault &) const = default;
};

} // namespace hvdesk::wsman
