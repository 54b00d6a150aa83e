# KDE Syntax Highlighting for Qt 6: KF6 where the system has it, else the KF5 release built
# against Qt 6 into .deps/ by scripts/setup.sh. A build linked to Qt 5 is refused.
find_package(KF6SyntaxHighlighting QUIET CONFIG)
if(KF6SyntaxHighlighting_FOUND)
    set(HVDESK_KSH_TARGET KF6::SyntaxHighlighting)
    set(HVDESK_KSH_FLAVOUR "KF6 ${KF6SyntaxHighlighting_VERSION}")
else()
    find_package(KF5SyntaxHighlighting CONFIG
        HINTS "${PROJECT_SOURCE_DIR}/.deps/install")
    if(NOT KF5SyntaxHighlighting_FOUND)
        message(FATAL_ERROR
            "KDE Syntax Highlighting for Qt 6 was not found. Run scripts/setup.sh, which builds it "
            "into .deps/, or install KF6SyntaxHighlighting.")
    endif()
    get_target_property(_ksh_links KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
    if("${_ksh_links}" MATCHES "Qt5::")
        message(FATAL_ERROR
            "The KF5SyntaxHighlighting found at ${KF5SyntaxHighlighting_DIR} is built against Qt 5; "
            "hvdesk needs one built against Qt 6. Remove it from CMAKE_PREFIX_PATH or run scripts/setup.sh.")
    endif()
    set(HVDESK_KSH_TARGET KF5::SyntaxHighlighting)
    set(HVDESK_KSH_FLAVOUR "KF5 ${KF5SyntaxHighlighting_VERSION} built against Qt 6")
endif()
message(STATUS "KDE Syntax Highlighting: ${HVDESK_KSH_FLAVOUR}")
