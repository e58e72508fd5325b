package dev.inventoryimport.adjustment;

import jakarta.ws.rs.Path;

/** The storefront's carts: {@code PUT/GET /rest/V1/orderflow/quotes/{quoteId}} (bearer token, JSON). */
@Path("V1/orderflow/quotes")
public class QuoteFeedResource extends FeedResource<QuoteDocument> {

    public QuoteFeedResource() {
        super(new FeedType<>("quote", "quoteId", FeedDocuments::quote, FeedService::putQuote, FeedService::quote,
                FeedJson.Quote::of, FeedJson.QuoteRecorded::new));
    }
}
