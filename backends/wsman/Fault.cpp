#include "Fault.h"

#include "Namespaces.h"

namespace hvdesk::wsman {

namespace {

struct KindInfo
{
    Fault::Kind kind;
    const char *subcode;
    QLatin1String ns;
    bool receiver;
    // WinRM's error number for it (winerror.h ERROR_WSMAN_*), written in f:WSManFault Code.
    const char *wsmanCode;
};

constexpr KindInfo Kinds[] = {
    { Fault::Kind::AccessDenied, "AccessDenied", ns::Wsman, false, "5" },
    { Fault::Kind::ActionNotSupported, "ActionNotSupported", ns::Addressing, false, "2150858771" },
    { Fault::Kind::DestinationUnreachable, "DestinationUnreachable", ns::Addressing, false, "2150858770" },
    { Fault::Kind::EncodingLimit, "EncodingLimit", ns::Wsman, false, "2150858805" },
    { Fault::Kind::InternalError, "InternalError", ns::Wsman, true, "2150858755" },
    { Fault::Kind::InvalidEnumerationContext, "InvalidEnumerationContext", ns::Enumeration, true, "2150858779" },
    { Fault::Kind::InvalidParameter, "InvalidParameter", ns::Wsman, false, "2150858810" },
    { Fault::Kind::InvalidSelectors, "InvalidSelectors", ns::Wsman, false, "2150858813" },
    { Fault::Kind::QuotaLimit, "QuotaLimit", ns::Wsman, false, "2150858815" },
    { Fault::Kind::SchemaValidationError, "SchemaValidationError", ns::Wsman, false, "2150858817" },
    { Fault::Kind::CannotProcessFilter, "CannotProcessFilter", ns::Enumeration, false, "2150858778" },
    { Fault::Kind::Timeout, "TimedOut", ns::Wsman, true, "2150858793" },
};

const KindInfo *infoFor(Fault::Kind kind)
{
    for (const KindInfo &info : Kinds) {
        if (info.kind == kind)
            return &info;
    }
    return nullptr;
}

} // namespace

Fault::Kind Fault::kind() const
{
    for (const KindInfo &info : Kinds) {
        if (subcode == QLatin1String(info.subcode))
            return info.kind;
    }
    return Kind::Other;
}

QString Fault::qualifiedSubcode() const
{
    QString prefix = QStringLiteral("w");
    if (subcodeNamespace == ns::Addressing)
        prefix = QStringLiteral("a");
    else if (subcodeNamespace == ns::Enumeration)
        prefix = QStringLiteral("n");
    else if (subcodeNamespace == ns::Soap)
        prefix = QStringLiteral("s");
    return prefix + QLatin1Char(':') + subcode;
}

Fault Fault::make(Kind kind, const QString &reason, const QString &message)
{
    Fault fault;
    const KindInfo *info = infoFor(kind);
    if (info) {
        fault.subcode = QLatin1String(info->subcode);
        fault.subcodeNamespace = info->ns;
        fault.receiver = info->receiver;
        fault.wsmanCode = QLatin1String(info->wsmanCode);
    } else {
        fault.subcode = QStringLiteral("InternalError");
        fault.subcodeNamespace = ns::Wsman;
        fault.receiver = true;
    }
    fault.reason = reason;
    fault.message = message.isEmpty() ? reason : message;
    return fault;
}

Fault Fault::wmi(Kind kind, const QString &reason, const QString &wmiErrorCode, const QString &wmiMessage,
    const QString &winErrorCode)
{
    Fault fault = make(kind, reason, wmiMessage);
    fault.hasWmiError = true;
    fault.providerName = QStringLiteral("WMI Provider");
    fault.wmiErrorCode = wmiErrorCode;
    fault.wmiMessage = wmiMessage;
    fault.wmiErrorType = QStringLiteral("HRESULT");
    fault.wmiWinErrorCode = winErrorCode;
    return fault;
}

Error Fault::toError() const
{
    Error error;
    error.code = hasWmiError && !wmiErrorCode.isEmpty()
        ? wmiErrorCode
        : QStringLiteral("wsman.fault.") + (subcode.isEmpty() ? QStringLiteral("Unknown") : subcode);
    QString detail = wmiMessage.trimmed();
    if (detail.isEmpty())
        detail = message.trimmed();
    if (detail.isEmpty())
        detail = reason.trimmed();
    if (detail.isEmpty())
        detail = tr("no reason given");
    const QString where = machine.isEmpty() ? tr("The host") : tr("The host %1").arg(machine);
    error.message = tr("%1 refused the request (%2): %3").arg(where, qualifiedSubcode(), detail);
    switch (kind()) {
    case Kind::AccessDenied:
        error.fix = tr("Connect with an account in the host's Administrators or Hyper-V Administrators group.");
        break;
    case Kind::InvalidSelectors:
        error.fix = tr("The object no longer exists or its key changed: refresh and try again.");
        break;
    case Kind::DestinationUnreachable:
    case Kind::CannotProcessFilter:
        error.fix = tr("The host does not provide this class. Check that the Hyper-V role is installed: the "
                       "root/virtualization/v2 namespace needs Windows Server 2012 or later.");
        break;
    case Kind::QuotaLimit:
    case Kind::EncodingLimit:
        error.fix = tr("Ask for fewer items per request, or raise the host's limit: winrm set winrm/config "
                       "@{MaxEnvelopeSizekb=\"2048\"}.");
        break;
    case Kind::InvalidEnumerationContext:
        error.fix = tr("The host dropped the enumeration (it expired): refresh to start it again.");
        break;
    case Kind::Timeout:
        error.fix = tr("The host is busy: try again, or raise the operation timeout.");
        break;
    default:
        break;
    }
    return error;
}

} // namespace hvdesk::wsman
