// Must not compile: models are QtCore only.
#include <models/HostBackend.h>
#include <QWidget>
