export const sharingKeys = {
  all: ['sharing'] as const,
  rules: (collectionId: string) => [...sharingKeys.all, 'rules', collectionId] as const,
  myGuests: () => [...sharingKeys.all, 'my-guest-collections'] as const,
};
