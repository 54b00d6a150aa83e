#include "RemoteAccess.h"

namespace hvdesk {

CredentialStore::~CredentialStore() = default;
CertificatePinStore::~CertificatePinStore() = default;
ConnectionPrompts::~ConnectionPrompts() = default;
ProtocolLogSink::~ProtocolLogSink() = default;

} // namespace hvdesk
