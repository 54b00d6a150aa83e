// Must not compile: views may not see backends.
#include <simulated/SimulatedBackend.h>
#include <views/MainWindow.h>
