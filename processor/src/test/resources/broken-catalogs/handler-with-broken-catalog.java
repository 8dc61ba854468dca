package test;

import dev.oautherrors.annotations.OAuthErrorHandler;

/**
 * A handler beside a broken catalog: the catalog's error must be reported, and whatever the
 * handler checks say about this class must be an [OAuthErrors/...] diagnostic too, never a crash.
 */
@OAuthErrorHandler(flow = "web_server")
class BrokenCatalogHandler {}
