import { Controller, Get, Header, Headers, HttpCode, HttpException, HttpStatus, Injectable, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { DomainError } from '@wspolnie/platform-errors';
import { attachment as contentDisposition, type Actor, Can, downloadParameters, httpRefusal } from '@wspolnie/platform-graphql';
import { type Locale, localeOf, render } from '@wspolnie/platform-i18n';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppConfig } from '@wspolnie/platform-config';
import type { Attachment } from './attachment.entity';
import { AttachmentsService } from './attachments.service';
import { extensionOf } from './file-kind';
import { receiveFile, TOO_LARGE } from './multipart-file';

/** What an upload answers: the attachment as GraphQL shows it. */
export interface AttachmentJson {
  id: string;
  projectId: string;
  taskId: string | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  version: number;
  downloadUrl: string;
}

/** Where an attachment is downloaded, relative to the API's origin. */
export const downloadPath = (id: string) => `/attachments/${id}`;

type UploadRequest = IncomingMessage & { actor?: Actor; query: Record<string, unknown> };

/**
 * Uploads (multipart/form-data, one field `file`) and downloads of attachments, with the API's
 * bearer token and the policy table (RouteAccessGuard: no token 401, an outsider or an unknown
 * id 404, a malformed id 400). Only the bearer token opens them, never a cookie, so another site's
 * form cannot upload as a signed-in person (CSRF), and a download cannot be embedded elsewhere.
 */
@Injectable()
export class AttachmentUploads {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly config: AppConfig,
  ) {}

  /** Stores the request's file, then writes its row and event; a refusal at any point leaves nothing. */
  async upload(request: UploadRequest, where: { projectId: string } | { taskId: string }): Promise<AttachmentJson> {
    const locale = localeOf(request.headers['accept-language']);
    try {
      downloadParameters(request.query, []);
      const target = await this.attachments.target(where);
      const upload = await receiveFile(
        request,
        this.attachments.maxBytes,
        (file) => this.attachments.store(target, file),
        (stored) => this.attachments.discard(stored),
      );
      let saved: Attachment;
      try {
        saved = await this.attachments.record(request.actor, upload);
      } catch (error) {
        await this.attachments.discard(upload);
        throw error;
      }
      return this.json(saved);
    } catch (error) {
      throw error instanceof DomainError ? uploadRefusal(error, locale) : error;
    }
  }

  private json(attachment: Attachment): AttachmentJson {
    const { id, projectId, taskId, fileName, contentType, sizeBytes, sha256, uploadedAt, version } = attachment;
    return { id, projectId, taskId, fileName, contentType, sizeBytes, sha256, uploadedAt: uploadedAt.toISOString(), version, downloadUrl: `${this.config.auth.publicUrl}${downloadPath(id)}` };
  }
}

@Controller('projects')
export class ProjectAttachmentsController {
  constructor(private readonly uploads: AttachmentUploads) {}

  @Can('attachment.upload', { projectFiles: 'projectId' })
  @Post(':projectId/attachments')
  @HttpCode(HttpStatus.CREATED)
  @Header('Cache-Control', 'no-store')
  upload(@Param('projectId') projectId: string, @Req() request: UploadRequest): Promise<AttachmentJson> {
    return this.uploads.upload(request, { projectId });
  }
}

@Controller('tasks')
export class TaskAttachmentsController {
  constructor(private readonly uploads: AttachmentUploads) {}

  @Can('attachment.upload', { taskFiles: 'taskId' })
  @Post(':taskId/attachments')
  @HttpCode(HttpStatus.CREATED)
  @Header('Cache-Control', 'no-store')
  upload(@Param('taskId') taskId: string, @Req() request: UploadRequest): Promise<AttachmentJson> {
    return this.uploads.upload(request, { taskId });
  }
}

@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /**
   * The file under its original name and the type found in its bytes; nothing in it may run or
   * be sniffed into another type where it is opened (nosniff, a sandboxing policy).
   */
  @Can('attachment.read', { attachment: 'id' })
  @Get(':id')
  @Header('Cache-Control', 'private, no-store')
  @Header('Content-Security-Policy', "default-src 'none'; sandbox")
  @Header('X-Content-Type-Options', 'nosniff')
  async download(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) response: ServerResponse,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<StreamableFile> {
    const locale = localeOf(acceptLanguage);
    try {
      downloadParameters(query, []);
      const { attachment, body } = await this.attachments.open(id);
      response.on('close', () => body.destroy());
      return new StreamableFile(body, { type: attachment.contentType, disposition: dispositionOf(attachment), length: attachment.sizeBytes });
    } catch (error) {
      throw error instanceof DomainError ? httpRefusal(error, locale) : error;
    }
  }
}

/** As every HTTP route answers a refusal (`{ message, code }`), a file over the limit as 413. */
function uploadRefusal(error: DomainError, locale: Locale): HttpException {
  if (error.details['reason'] !== TOO_LARGE) return httpRefusal(error, locale);
  return new HttpException({ message: render(error.text, locale), code: error.code }, HttpStatus.PAYLOAD_TOO_LARGE);
}

/** Saved under its own name: the extension is the name's (or the type's, for a name without one). */
function dispositionOf(attachment: Attachment): string {
  const dot = attachment.fileName.lastIndexOf('.');
  if (dot > 0) return contentDisposition(attachment.fileName.slice(0, dot), attachment.fileName.slice(dot + 1));
  return contentDisposition(attachment.fileName, extensionOf(attachment.contentType));
}
