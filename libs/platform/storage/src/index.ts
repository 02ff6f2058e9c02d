export { assertStorageKey, FILE_STORAGE, type FileStorage, type StoredFile } from './lib/file-storage';
export { DiskFileStorage } from './lib/disk-file-storage';
export { StorageModule } from './lib/storage.module';
