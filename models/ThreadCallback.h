#pragma once

#include <QMetaObject>
#include <QObject>

#include <functional>
#include <memory>

namespace hvdesk {

// Wraps `callback` so that calling the wrapper from any thread runs the callback later, on the
// thread that is current now (which needs an event loop). Asynchronous interfaces promise their
// callers "the callback runs on the caller's thread" (RemoteAccess.h); this keeps the promise
// whatever thread finishes the work. Always queued, so a callback never runs inside the call
// that started the work.
template<typename... Args> std::function<void(Args...)> callbackOnThisThread(std::function<void(Args...)> callback)
{
    // Lives on the current thread; deleteLater() is safe from any thread.
    std::shared_ptr<QObject> context(new QObject, [](QObject *o) { o->deleteLater(); });
    return [context, callback = std::move(callback)](Args... args) {
        QMetaObject::invokeMethod(
            context.get(), [context, callback, args...] { callback(args...); }, Qt::QueuedConnection);
    };
}

} // namespace hvdesk
