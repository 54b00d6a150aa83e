#pragma once

#include "Topology.h"

#include <QCoreApplication>

#include <optional>

namespace hvdesk::sim {

// Reads a topology from JSON. A malformed file is rejected as a whole, with the file's name,
// the line, the field's path and what is expected there.
class TopologyLoader
{
    Q_DECLARE_TR_FUNCTIONS(TopologyLoader)

public:
    static std::optional<Topology> fromJson(const QByteArray &json, const QString &sourceName, Error *error);
    static std::optional<Topology> fromFile(const QString &path, Error *error);
    // The built-in demo estate (a resource of this library).
    static Topology demo();
};

} // namespace hvdesk::sim
