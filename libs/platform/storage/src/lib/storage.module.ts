import { Module } from '@nestjs/common';
import { AppConfig } from '@wspolnie/platform-config';
import { DiskFileStorage } from './disk-file-storage';
import { FILE_STORAGE, type FileStorage } from './file-storage';

/** The configured file store, as FILE_STORAGE (STORAGE_DRIVER; `disk` is the only one so far). */
@Module({
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [AppConfig],
      useFactory: (config: AppConfig): FileStorage => new DiskFileStorage(config.storage.dir),
    },
  ],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
