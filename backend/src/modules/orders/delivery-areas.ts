/** A Dhaka delivery area and what delivery there costs. */
export interface DeliveryArea {
  readonly code: string;
  readonly name: string;
  readonly nameBn: string;
  readonly feePaisa: number;
}

const INNER_CITY = 6_000; // ৳60
const OUTER_CITY = 10_000; // ৳100
const OUTSKIRTS = 12_000; // ৳120

/** The areas we deliver to. Fixed in code: changing a fee is a reviewed change, not data entry. */
export const DELIVERY_AREAS = [
  { code: 'dhanmondi', name: 'Dhanmondi', nameBn: 'ধানমন্ডি', feePaisa: INNER_CITY },
  { code: 'gulshan', name: 'Gulshan', nameBn: 'গুলশান', feePaisa: INNER_CITY },
  { code: 'banani', name: 'Banani', nameBn: 'বনানী', feePaisa: INNER_CITY },
  { code: 'baridhara', name: 'Baridhara', nameBn: 'বারিধারা', feePaisa: INNER_CITY },
  { code: 'motijheel', name: 'Motijheel', nameBn: 'মতিঝিল', feePaisa: INNER_CITY },
  { code: 'tejgaon', name: 'Tejgaon', nameBn: 'তেজগাঁও', feePaisa: INNER_CITY },
  { code: 'farmgate', name: 'Farmgate', nameBn: 'ফার্মগেট', feePaisa: INNER_CITY },
  { code: 'mohammadpur', name: 'Mohammadpur', nameBn: 'মোহাম্মদপুর', feePaisa: INNER_CITY },
  { code: 'shyamoli', name: 'Shyamoli', nameBn: 'শ্যামলী', feePaisa: INNER_CITY },
  { code: 'malibagh', name: 'Malibagh', nameBn: 'মালিবাগ', feePaisa: INNER_CITY },
  { code: 'old-dhaka', name: 'Old Dhaka', nameBn: 'পুরান ঢাকা', feePaisa: INNER_CITY },
  { code: 'mirpur', name: 'Mirpur', nameBn: 'মিরপুর', feePaisa: OUTER_CITY },
  { code: 'uttara', name: 'Uttara', nameBn: 'উত্তরা', feePaisa: OUTER_CITY },
  { code: 'bashundhara', name: 'Bashundhara', nameBn: 'বসুন্ধরা', feePaisa: OUTER_CITY },
  { code: 'badda', name: 'Badda', nameBn: 'বাড্ডা', feePaisa: OUTER_CITY },
  { code: 'rampura', name: 'Rampura', nameBn: 'রামপুরা', feePaisa: OUTER_CITY },
  { code: 'khilgaon', name: 'Khilgaon', nameBn: 'খিলগাঁও', feePaisa: OUTER_CITY },
  { code: 'jatrabari', name: 'Jatrabari', nameBn: 'যাত্রাবাড়ী', feePaisa: OUTER_CITY },
  { code: 'keraniganj', name: 'Keraniganj', nameBn: 'কেরানীগঞ্জ', feePaisa: OUTSKIRTS },
  { code: 'savar', name: 'Savar', nameBn: 'সাভার', feePaisa: OUTSKIRTS },
] as const satisfies readonly DeliveryArea[];

export type DeliveryAreaCode = (typeof DELIVERY_AREAS)[number]['code'];

export const DELIVERY_AREA_CODES = DELIVERY_AREAS.map((area) => area.code) as [
  DeliveryAreaCode,
  ...DeliveryAreaCode[],
];

/**
 * Orders placed through the unversioned API, which never asked for an area: the client's
 * total excluded delivery, so the fee is 0 and staff set the area when confirming.
 */
export const LEGACY_DELIVERY_AREA: DeliveryArea = {
  code: 'unspecified',
  name: 'Not specified (legacy order)',
  nameBn: 'উল্লেখ নেই',
  feePaisa: 0,
};

const BY_CODE = new Map<string, DeliveryArea>(
  [...DELIVERY_AREAS, LEGACY_DELIVERY_AREA].map((area) => [area.code, area]),
);

export function deliveryArea(code: string): DeliveryArea | undefined {
  return BY_CODE.get(code);
}
