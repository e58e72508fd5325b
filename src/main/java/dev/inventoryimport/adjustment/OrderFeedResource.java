package dev.inventoryimport.adjustment;

import jakarta.ws.rs.Path;

/** The storefront's orders: {@code PUT/GET /rest/V1/orderflow/orders/{orderId}} (bearer token, JSON). */
@Path("V1/orderflow/orders")
public class OrderFeedResource extends FeedResource<OrderDocument> {

    public OrderFeedResource() {
        super(new FeedType<>("order", "orderId", FeedDocuments::order, FeedService::putOrder, FeedService::order,
                FeedJson.Order::of, FeedJson.OrderRecorded::new));
    }
}
