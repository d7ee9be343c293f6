# Fails a ctest run with MESSAGE: a test that cannot run says why instead of vanishing.
message(FATAL_ERROR "${MESSAGE}")
