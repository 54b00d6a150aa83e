// Must compile: views see models (the positive control of the layering probes).
#include <models/HostBackend.h>
#include <views/MainWindow.h>
