// Carts: their routes, and the service customers use to give a signed-in shopper their cart.
export { cartRoutes } from './cart.routes';
export { CartRepository } from './cart.repository';
export { CartService } from './cart.service';
export { CartId, CartSchema } from './cart.schemas';
