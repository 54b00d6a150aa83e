#include "Dispatcher.h"

#include <wsman/ResponseWriter.h>

namespace hvdesk::wsman {

Dispatcher::~Dispatcher() = default;

Reply Reply::fault(const Request &request, const Fault &fault)
{
    return Reply { ResponseWriter::fault(request, fault), 500 };
}

} // namespace hvdesk::wsman
