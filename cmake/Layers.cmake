# Each layer's headers are reachable only through its own include root, a link in the build
# tree named after the layer: <models/X.h>, <views/X.h>, <simulated/X.h>. A target that does
# not link a layer cannot include its headers, so the dependency direction is enforced by the
# compiler, not by convention.
function(hvdesk_expose_headers target name)
    set(root "${CMAKE_BINARY_DIR}/include/${target}")
    file(MAKE_DIRECTORY "${root}")
    file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${root}/${name}" SYMBOLIC)
    target_include_directories(${target} PUBLIC "${root}")
endfunction()
