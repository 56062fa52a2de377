#include "Logging.h"

Q_LOGGING_CATEGORY(lcAuth, "herald.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnector, "herald.connector", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "herald.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDirectory, "herald.directory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCompose, "herald.compose", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDelivery, "herald.delivery", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "herald.sandbox", QtInfoMsg)
