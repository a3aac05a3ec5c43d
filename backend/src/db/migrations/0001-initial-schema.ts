import type { Migration } from '../migrator';

/**
 * The whole shop's schema. Money is integer paisa; `stock >= 0` is a constraint, so the
 * database itself refuses to oversell even if application code were wrong.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS unaccent;

    CREATE TABLE categories (
      id          serial PRIMARY KEY,
      slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name        text NOT NULL UNIQUE,
      name_bn     text,
      sort_order  integer NOT NULL DEFAULT 0,
      created_at  timestamptz NOT NULL DEFAULT now(),
      updated_at  timestamptz NOT NULL DEFAULT now()
    );

    CREATE TYPE product_status AS ENUM ('active', 'archived');
    CREATE TABLE products (
      id           serial PRIMARY KEY,
      slug         text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name         text NOT NULL,
      name_bn      text,
      description  text NOT NULL DEFAULT '',
      category_id  integer NOT NULL REFERENCES categories(id),
      price_paisa  integer NOT NULL CHECK (price_paisa >= 0),
      stock        integer NOT NULL DEFAULT 0 CHECK (stock >= 0),
      status       product_status NOT NULL DEFAULT 'active',
      units_sold   integer NOT NULL DEFAULT 0 CHECK (units_sold >= 0),
      search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(name_bn, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'C')
      ) STORED,
      created_at   timestamptz NOT NULL DEFAULT now(),
      updated_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX products_category_idx ON products (category_id) WHERE status = 'active';
    CREATE INDEX products_price_idx ON products (price_paisa) WHERE status = 'active';
    CREATE INDEX products_created_idx ON products (created_at DESC) WHERE status = 'active';
    CREATE INDEX products_units_sold_idx ON products (units_sold DESC) WHERE status = 'active';
    CREATE INDEX products_search_idx ON products USING gin (search_vector);
    CREATE INDEX products_name_trgm_idx ON products USING gin (lower(name) gin_trgm_ops);

    CREATE TABLE product_images (
      id          serial PRIMARY KEY,
      product_id  integer NOT NULL REFERENCES products(id) ON DELETE CASCADE,
      url         text NOT NULL,
      alt         text NOT NULL DEFAULT '',
      width       integer NOT NULL CHECK (width > 0),
      height      integer NOT NULL CHECK (height > 0),
      position    integer NOT NULL DEFAULT 0,
      UNIQUE (product_id, position)
    );

    CREATE TYPE customer_role AS ENUM ('customer', 'admin');
    CREATE TABLE customers (
      id             serial PRIMARY KEY,
      email          text NOT NULL,
      name           text NOT NULL,
      phone          text CHECK (phone ~ '^\\+8801[3-9][0-9]{8}$'),
      password_hash  text NOT NULL,
      role           customer_role NOT NULL DEFAULT 'customer',
      created_at     timestamptz NOT NULL DEFAULT now(),
      updated_at     timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX customers_email_idx ON customers (lower(email));

    CREATE TABLE refresh_tokens (
      id           uuid PRIMARY KEY,
      customer_id  integer NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
      family_id    uuid NOT NULL,
      token_hash   text NOT NULL UNIQUE,
      expires_at   timestamptz NOT NULL,
      revoked_at   timestamptz,
      created_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);

    CREATE TYPE cart_status AS ENUM ('open', 'ordered');
    CREATE TABLE carts (
      id           text PRIMARY KEY CHECK (length(id) >= 22),
      customer_id  integer REFERENCES customers(id) ON DELETE SET NULL,
      status       cart_status NOT NULL DEFAULT 'open',
      created_at   timestamptz NOT NULL DEFAULT now(),
      updated_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX carts_customer_idx ON carts (customer_id) WHERE status = 'open';

    CREATE TABLE cart_lines (
      cart_id     text NOT NULL REFERENCES carts(id) ON DELETE CASCADE,
      product_id  integer NOT NULL REFERENCES products(id),
      quantity    integer NOT NULL CHECK (quantity > 0 AND quantity <= 100),
      created_at  timestamptz NOT NULL DEFAULT now(),
      updated_at  timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (cart_id, product_id)
    );

    CREATE SEQUENCE order_number_seq;
    CREATE TYPE order_status AS ENUM ('pending', 'confirmed', 'packed', 'shipped', 'delivered', 'cancelled');
    CREATE TYPE payment_method AS ENUM ('cash_on_delivery', 'bkash', 'nagad');
    CREATE TYPE payment_status AS ENUM ('pending', 'authorized', 'paid', 'refunded', 'failed');
    CREATE TABLE orders (
      id                  serial PRIMARY KEY,
      number              text NOT NULL UNIQUE,
      customer_id         integer REFERENCES customers(id) ON DELETE SET NULL,
      status              order_status NOT NULL DEFAULT 'pending',
      payment_method      payment_method NOT NULL,
      payment_status      payment_status NOT NULL DEFAULT 'pending',
      payment_reference   text,
      customer_name       text NOT NULL,
      customer_phone      text NOT NULL,
      customer_email      text,
      delivery_area       text NOT NULL,
      delivery_address    text NOT NULL,
      delivery_notes      text,
      subtotal_paisa      integer NOT NULL CHECK (subtotal_paisa >= 0),
      delivery_fee_paisa  integer NOT NULL CHECK (delivery_fee_paisa >= 0),
      total_paisa         integer NOT NULL CHECK (total_paisa >= 0),
      access_token_hash   text NOT NULL,
      created_at          timestamptz NOT NULL DEFAULT now(),
      updated_at          timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX orders_customer_idx ON orders (customer_id, created_at DESC);
    CREATE INDEX orders_status_idx ON orders (status, created_at DESC);

    CREATE TABLE order_lines (
      id                serial PRIMARY KEY,
      order_id          integer NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
      product_id        integer NOT NULL REFERENCES products(id),
      product_name      text NOT NULL,
      product_slug      text NOT NULL,
      unit_price_paisa  integer NOT NULL CHECK (unit_price_paisa >= 0),
      quantity          integer NOT NULL CHECK (quantity > 0),
      line_total_paisa  integer NOT NULL CHECK (line_total_paisa >= 0)
    );
    CREATE INDEX order_lines_order_idx ON order_lines (order_id);

    CREATE TABLE order_status_history (
      id          serial PRIMARY KEY,
      order_id    integer NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
      status      order_status NOT NULL,
      note        text,
      actor_id    integer REFERENCES customers(id) ON DELETE SET NULL,
      created_at  timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX order_status_history_order_idx ON order_status_history (order_id, id);

    CREATE TYPE stock_movement_kind AS ENUM ('initial', 'adjustment', 'order', 'cancellation');
    CREATE TABLE stock_movements (
      id           serial PRIMARY KEY,
      product_id   integer NOT NULL REFERENCES products(id),
      kind         stock_movement_kind NOT NULL,
      delta        integer NOT NULL CHECK (delta <> 0),
      stock_after  integer NOT NULL CHECK (stock_after >= 0),
      reason       text NOT NULL,
      order_id     integer REFERENCES orders(id),
      actor_id     integer REFERENCES customers(id) ON DELETE SET NULL,
      created_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX stock_movements_product_idx ON stock_movements (product_id, id DESC);

    CREATE TABLE idempotency_keys (
      scope          text NOT NULL,
      key            text NOT NULL,
      request_hash   text NOT NULL,
      order_id       integer REFERENCES orders(id) ON DELETE CASCADE,
      created_at     timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (scope, key)
    );
    CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP TABLE IF EXISTS idempotency_keys, stock_movements, order_status_history, order_lines, orders,
      cart_lines, carts, refresh_tokens, customers, product_images, products, categories;
    DROP SEQUENCE IF EXISTS order_number_seq;
    DROP TYPE IF EXISTS stock_movement_kind, payment_status, payment_method, order_status, cart_status,
      customer_role, product_status;
  `);
};
